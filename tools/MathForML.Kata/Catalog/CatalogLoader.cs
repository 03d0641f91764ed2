using System.Text.Json;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Catalog;

/// <summary>Reads katas/catalog.json. Missing fields become empty values so that validation can name them.</summary>
internal static class CatalogLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static KataCatalog Load(WorkbookRoot root) => Load(root.CatalogPath);

    public static KataCatalog Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new CatalogException($"{WorkbookRoot.CatalogRelativePath} cannot be read: {e.Message}", e);
        }

        return Parse(text);
    }

    public static KataCatalog Parse(string json)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogException($"{WorkbookRoot.CatalogRelativePath} is not valid: {e.Message}", e);
        }

        if (document?.Topics is null)
        {
            throw new CatalogException($"{WorkbookRoot.CatalogRelativePath} has no \"topics\" array.");
        }

        return new KataCatalog(document.Topics.OfType<TopicDocument>().Select(ToTopic).ToList());
    }

    private static Topic ToTopic(TopicDocument document)
    {
        var topic = new Topic(
            document.Folder ?? "",
            document.Title ?? "",
            document.Namespace ?? "",
            (document.Curriculum ?? []).OfType<CurriculumDocument>().Select(c => new CurriculumItem(c.Id ?? "", c.Summary ?? "")).ToList());

        foreach (var kata in (document.Katas ?? []).OfType<KataDocument>())
        {
            topic.Add(new KataEntry
            {
                Topic = topic,
                Id = kata.Id ?? "",
                Title = kata.Title ?? "",
                Level = kata.Level ?? "",
                Covers = Strings(kata.Covers),
                Stub = kata.Stub ?? "",
                Fixture = kata.Fixture ?? "",
                Hints = Strings(kata.Hints),
                Number = topic.Katas.Count + 1,
            });
        }

        return topic;
    }

    private static List<string> Strings(List<string?>? values) => (values ?? []).Select(v => v ?? "").ToList();

    // The shapes of the JSON file; everything optional so that a defect is a validation message, not a crash.
    private sealed record CatalogDocument(List<TopicDocument?>? Topics);

    private sealed record TopicDocument(
        string? Folder,
        string? Title,
        string? Namespace,
        List<CurriculumDocument?>? Curriculum,
        List<KataDocument?>? Katas);

    private sealed record CurriculumDocument(string? Id, string? Summary);

    private sealed record KataDocument(
        string? Id,
        string? Title,
        string? Level,
        List<string?>? Covers,
        string? Stub,
        string? Fixture,
        List<string?>? Hints);
}

/// <summary>The catalog file is missing or malformed.</summary>
internal sealed class CatalogException : Exception
{
    public CatalogException()
    {
    }

    public CatalogException(string message)
        : base(message)
    {
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
