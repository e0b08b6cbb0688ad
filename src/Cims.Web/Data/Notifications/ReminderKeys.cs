namespace Cims.Web.Data.Notifications;

/// <summary>The reminders' unique key: a second insert of the same key loses the race (see <see cref="ConcurrentSave.IsUniqueViolation"/>).</summary>
public static class ReminderKeys
{
    public const string UniqueIndex = "IX_Reminders_Key";
}
