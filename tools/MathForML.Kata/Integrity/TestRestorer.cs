using System.Text;
using MathForML.Kata.Catalog;
using MathForML.Kata.Reset;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Integrity;

/// <summary>One protected file put back (or why not).</summary>
internal sealed record RestoredFile(string File, string? BackupPath, string? Commit, string? Problem);

/// <summary>
/// Puts a kata's tests and given code back as the workbook ships them: the newest committed version whose content
/// matches katas/checksums.json. The learner's version is copied to the backup folder first.
/// </summary>
internal sealed class TestRestorer(WorkbookRoot root)
{
    private readonly Checksums checksums = new(root);
    private readonly GitHistory git = new(root.Directory);

    public async Task<IReadOnlyList<RestoredFile>> RestoreAsync(KataEntry kata, string backupFolder, CancellationToken cancellationToken)
    {
        var recorded = checksums.Load();
        if (recorded is null)
        {
            return [new RestoredFile(Checksums.RelativePath, null, null, $"{Checksums.RelativePath} is missing, so the shipped tests are unknown")];
        }

        var restored = new List<RestoredFile>();
        foreach (var file in checksums.Changed(kata, recorded).Where(recorded.ContainsKey))
        {
            restored.Add(await RestoreFileAsync(file, recorded[file], backupFolder, cancellationToken).ConfigureAwait(false));
        }

        return restored;
    }

    private async Task<RestoredFile> RestoreFileAsync(string file, string hash, string backupFolder, CancellationToken cancellationToken)
    {
        var (commits, problem) = await git.CommitsTouchingAsync(file, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new RestoredFile(file, null, null, problem);
        }

        foreach (var commit in commits)
        {
            var content = await git.ShowAsync(commit, file, cancellationToken).ConfigureAwait(false);
            if (content is null || Checksums.HashOfText(content) != hash)
            {
                continue;
            }

            var full = Path.Combine(root.Directory, file);
            string? backup = null;
            if (File.Exists(full))
            {
                backup = Path.Combine(backupFolder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
                StateFolder.Ensure(root);
                File.Copy(full, backup, overwrite: false);
            }

            await File.WriteAllTextAsync(full, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            return new RestoredFile(file, backup is null ? null : root.Relative(backup), commit, null);
        }

        return new RestoredFile(file, null, null, $"no commit among the last {GitHistory.MaxCommits} has the shipped version of {file}");
    }
}
