using Cims.Domain.Organisations;

namespace Cims.Domain.Tests.Organisations;

public sealed class AbnChecksumTests
{
    [Theory]
    [InlineData("51 824 753 556")] // the Australian Taxation Office
    [InlineData("33 051 775 556")] // Telstra
    [InlineData("49004028077")] // BHP
    [InlineData("88 000 014 675")] // Woolworths
    public void IsValid_RealAbn_True(string abn) => Assert.True(AbnChecksum.IsValid(abn));

    [Theory]
    [InlineData("51 824 753 557")] // last digit changed
    [InlineData("15 824 753 556")] // two digits swapped
    [InlineData("5182475355")] // ten digits
    [InlineData("518247535560")] // twelve digits
    [InlineData("51-824-753-556")] // not only digits and spaces
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_NotAnAbn_False(string? abn) => Assert.False(AbnChecksum.IsValid(abn));
}
