// Most of this suite's time is integration fixtures that build and test a throwaway workbook each: a child dotnet
// process at a time, leaving a core idle for much of it. Two fixtures run side by side (one per core of the small
// machines verify runs on); the tests of one fixture stay in order, since they share that fixture's workbook.
// Each fixture owns its temp folders, and no test sets the current directory, environment variables or Console.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
