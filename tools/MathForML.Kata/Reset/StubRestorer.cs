using System.Globalization;
using System.Text;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Reset;

internal enum ResetResult
{
    Restored,
    AlreadyPristine,
    Failed,
}

/// <summary>What happened to one kata's stub.</summary>
internal sealed record ResetOutcome(KataEntry Kata, ResetResult Result, string? BackupPath = null, string? Commit = null, string? Problem = null);

/// <summary>
/// Puts a kata's stub back as it was committed, after copying the learner's file into a timestamped backup folder:
/// nothing a learner wrote is ever lost. The pristine stub is the most recent committed version of the file in which
/// every member still throws NotImplementedException (see <see cref="StubDetector"/>).
/// </summary>
internal sealed class StubRestorer(WorkbookRoot root)
{
    private readonly GitHistory git = new(root.Directory);

    /// <summary>A new, empty backup folder named after the time: .kata/backups/yyyyMMdd-HHmmss (with -2, -3 … if taken).</summary>
    public string NewBackupFolder(DateTimeOffset now)
    {
        var stamp = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(root.BackupsFolder, stamp);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(root.BackupsFolder, $"{stamp}-{n}");
        }

        return folder;
    }

    public async Task<ResetOutcome> ResetAsync(KataEntry kata, string backupFolder, CancellationToken cancellationToken)
    {
        var stub = root.StubPath(kata);
        var relative = root.Relative(stub);
        var (commits, problem) = await git.CommitsTouchingAsync(relative, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new ResetOutcome(kata, ResetResult.Failed, Problem: problem);
        }

        string? pristine = null;
        string? commit = null;
        foreach (var candidate in commits)
        {
            var content = await git.ShowAsync(candidate, relative, cancellationToken).ConfigureAwait(false);
            if (content is not null && StubDetector.Inspect(content).IsPristine)
            {
                (pristine, commit) = (content, candidate);
                break;
            }
        }

        if (pristine is null)
        {
            var why = commits.Count == 0
                ? $"{relative} has no committed version"
                : $"none of the {commits.Count} committed versions of {relative} is a pristine stub (every method throwing NotImplementedException)";
            return new ResetOutcome(kata, ResetResult.Failed, Problem: why + "; nothing was changed");
        }

        var current = File.Exists(stub) ? await File.ReadAllTextAsync(stub, cancellationToken).ConfigureAwait(false) : null;
        if (current is not null && Normalized(current) == Normalized(pristine))
        {
            return new ResetOutcome(kata, ResetResult.AlreadyPristine, Commit: commit);
        }

        string? backup = null;
        if (current is not null)
        {
            backup = Path.Combine(backupFolder, relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
                StateFolder.Ensure(root);
                File.Copy(stub, backup, overwrite: false);
                if (!File.ReadAllBytes(backup).AsSpan().SequenceEqual(File.ReadAllBytes(stub)))
                {
                    return new ResetOutcome(kata, ResetResult.Failed, Problem: $"the backup {root.Relative(backup)} does not match {relative}; nothing was changed");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new ResetOutcome(kata, ResetResult.Failed, Problem: $"could not back up {relative} ({e.Message}); nothing was changed");
            }
        }

        await File.WriteAllTextAsync(stub, pristine, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return new ResetOutcome(kata, ResetResult.Restored, backup is null ? null : root.Relative(backup), commit);
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
