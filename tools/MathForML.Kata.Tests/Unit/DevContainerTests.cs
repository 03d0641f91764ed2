using System.Text.Json;
using System.Text.RegularExpressions;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Unit;

/// <summary>The dev container a learner opens in the browser builds the workbook with the SDK global.json asks for.</summary>
public partial class DevContainerTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonElement Read(string relative) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), relative)), Jsonc).RootElement;

    [Test]
    public void The_container_image_has_the_sdk_major_version_of_global_json()
    {
        var sdk = Read("global.json").GetProperty("sdk").GetProperty("version").GetString()!;
        var image = Read(".devcontainer/devcontainer.json").GetProperty("image").GetString()!;

        var tag = ImageTag().Match(image);
        tag.Success.Should().BeTrue($"the image '{image}' names its .NET version in its tag");
        tag.Groups["major"].Value.Should().Be(sdk.Split('.')[0], $"global.json asks for SDK {sdk}");
        image.Should().StartWith("mcr.microsoft.com/devcontainers/dotnet:");
    }

    [Test]
    public void The_container_installs_the_csharp_extension_and_builds_on_create()
    {
        var container = Read(".devcontainer/devcontainer.json");

        container.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetString()).Should().Contain("ms-dotnettools.csharp");
        container.GetProperty("postCreateCommand").GetString().Should().Contain("dotnet build");
    }

    [GeneratedRegex(@":(?<major>[0-9]+)(\.[0-9]+)*(-.+)?$")]
    private static partial Regex ImageTag();
}
