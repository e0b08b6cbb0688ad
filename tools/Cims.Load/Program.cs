using System.Diagnostics;
using Cims.Load;

var options = LoadOptions.Parse(args, Console.Error);
if (options is null)
    return 2;

var stats = new Stats();
var acknowledged = new Acknowledged();
Console.WriteLine($"Run {acknowledged.Run}: {options.Users} users against {options.BaseUrl} for {options.Duration.TotalSeconds:F0} s (think {options.ThinkTime.TotalMilliseconds:F0} ms, ramp-up {options.RampUp.TotalSeconds:F0} s)");
using var stop = new CancellationTokenSource(options.Duration);
var timer = Stopwatch.StartNew();
await new Runner(options, stats, acknowledged).RunAsync(stop.Token);
stats.Print(Console.Out, timer.Elapsed);

var failed = stats.ErrorCount > 0;
Console.WriteLine($"acknowledged writes: {acknowledged.Count}");
if (options.CheckDatabase is not null)
{
    var check = await acknowledged.CheckAsync(options.CheckDatabase, CancellationToken.None);
    Console.WriteLine($"check: {check.Found} of {check.Acknowledged} acknowledged writes found, {check.Missing} missing, {check.Doubled} stored twice, {check.Unacknowledged} stored without an acknowledgement (drafts not yet submitted)");
    failed |= check.Missing > 0 || check.Doubled > 0;
}

return failed ? 1 : 0;
