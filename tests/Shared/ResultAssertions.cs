using Cims.Domain.Common;

namespace Cims.Tests.Shared;

/// <summary>
/// For arrange steps whose <see cref="Result"/> a test does not examine: the step must succeed, and a
/// failed set-up fails the test where it happens, with the error's message.
/// </summary>
internal static class ResultAssertions
{
    public static void MustSucceed(this Result result) =>
        Assert.False(result.Failed, $"Arrange step failed: {result.Error?.Code} {result.Error?.Message}");

    public static T MustSucceed<T>(this Result<T> result)
        where T : notnull
    {
        Assert.False(result.Failed, $"Arrange step failed: {result.Error?.Code} {result.Error?.Message}");
        return result.Value;
    }

    public static async Task MustSucceed(this Task<Result> result) => (await result).MustSucceed();

    public static async Task<T> MustSucceed<T>(this Task<Result<T>> result)
        where T : notnull => (await result).MustSucceed();
}
