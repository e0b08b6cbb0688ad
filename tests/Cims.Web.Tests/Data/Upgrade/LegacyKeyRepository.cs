using System.Xml.Linq;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>The early releases' own key repository: rows (FriendlyName, Xml) in DataProtectionKeys, written with plain SQL.</summary>
internal sealed class LegacyKeyRepository(TestDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = LegacyDatabase.Context(database);
        return [.. db.Database.SqlQueryRaw<string>("SELECT \"Xml\" AS \"Value\" FROM \"DataProtectionKeys\"").AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = LegacyDatabase.Context(database);
        var xml = element.ToString(SaveOptions.DisableFormatting);
        db.Database.ExecuteSql($"INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ({friendlyName}, {xml})");
    }
}
