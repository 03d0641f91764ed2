using MathForML.Kata.Processes;

namespace MathForML.Kata.Tests.Unit;

/// <summary>verify's other test projects run side by side, yet are reported in solution order.</summary>
public class ConcurrentlyTests
{
    [Test]
    public async Task Results_come_back_in_the_order_given_and_no_more_jobs_than_allowed_run_at_once()
    {
        var started = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var finish = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();

        var all = Concurrently.InOrderAsync(
            [0, 1, 2],
            2,
            async job =>
            {
                started[job].SetResult();
                await finish[job].Task;
                return $"job {job}";
            },
            CancellationToken.None);

        await Task.WhenAll(started[0].Task, started[1].Task).WaitAsync(TimeSpan.FromSeconds(30));
        started[2].Task.IsCompleted.Should().BeFalse("two jobs hold both slots");

        // The second job finishes first and frees a slot for the third; the first finishes last.
        finish[1].SetResult();
        await started[2].Task.WaitAsync(TimeSpan.FromSeconds(30));
        finish[2].SetResult();
        finish[0].SetResult();

        (await all.WaitAsync(TimeSpan.FromSeconds(30))).Should().Equal("job 0", "job 1", "job 2");
    }
}
