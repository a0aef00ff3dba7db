using Microsoft.EntityFrameworkCore;

namespace Polku.Data;

/// <summary>
/// On PostgreSQL the audit trail (<c>AuditEvents</c>, <c>AuditSubjects</c>) is stored in monthly partitions, named
/// <c>AuditEvents_y2026m11</c>. Each month's are made ahead of time, at start-up and daily; an event outside them lands
/// in the <c>_default</c> partition, never lost. An old month is archived by detaching its two partitions,
/// <c>SELECT polku_audit_detach('2024-03-01')</c>, then dumping and dropping the two tables (README).
/// </summary>
public static class AuditPartitions
{
    /// <summary>How many months ahead the partitions are made.</summary>
    public const int MonthsAhead = 3;

    /// <summary>
    /// <c>polku_audit_partitions</c> makes the partitions of every month from <c>first</c> to <c>last</c> that do not exist yet. A month whose events
    /// already sit in the default partition is left there (making its partition would fail), and said so in a notice.
    /// Every partition is append-only like the tables were (<c>polku_append_only_on</c>).
    /// <c>polku_audit_detach</c> takes a month out of the trail, leaving its two tables for archiving.
    /// </summary>
    public const string CreateFunction = """
        CREATE OR REPLACE FUNCTION polku_append_only_on(audit_table text) RETURNS void
        LANGUAGE plpgsql AS $$
        BEGIN
            -- A statement on a partition itself passes the parent's trigger: each partition carries its own.
            EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION polku_append_only()',
                audit_table || '_append_only', audit_table);
        END $$;

        CREATE OR REPLACE FUNCTION polku_audit_partitions(first timestamptz, last timestamptz) RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE
            month timestamptz := date_trunc('month', first AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
            suffix text;
        BEGIN
            WHILE month <= last LOOP
                suffix := to_char(month AT TIME ZONE 'UTC', '"y"YYYY"m"MM');
                BEGIN
                    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF "AuditEvents" FOR VALUES FROM (%L) TO (%L)',
                        'AuditEvents_' || suffix, month, month + interval '1 month');
                    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF "AuditSubjects" FOR VALUES FROM (%L) TO (%L)',
                        'AuditSubjects_' || suffix, month, month + interval '1 month');
                    PERFORM polku_append_only_on('AuditEvents_' || suffix);
                    PERFORM polku_append_only_on('AuditSubjects_' || suffix);
                EXCEPTION WHEN check_violation THEN
                    RAISE NOTICE 'audit events of % are in the default partition', suffix;
                END;
                month := month + interval '1 month';
            END LOOP;
        END $$;

        CREATE OR REPLACE FUNCTION polku_audit_detach(month date) RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE
            suffix text := to_char(month, '"y"YYYY"m"MM');
            reference text;
        BEGIN
            EXECUTE format('ALTER TABLE "AuditSubjects" DETACH PARTITION %I', 'AuditSubjects_' || suffix);
            -- A database migrated before AuditSubjectsWithoutReferenceCheck may still have the detached subjects'
            -- reference to the events; it goes, so the events can be detached too.
            FOR reference IN SELECT conname FROM pg_constraint
                WHERE conrelid = format('%I', 'AuditSubjects_' || suffix)::regclass AND contype = 'f' AND conparentid = 0 LOOP
                EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', 'AuditSubjects_' || suffix, reference);
            END LOOP;
            EXECUTE format('ALTER TABLE "AuditEvents" DETACH PARTITION %I', 'AuditEvents_' || suffix);
        END $$;
        """;

    /// <summary>Makes this month's partitions and those of the next <see cref="MonthsAhead"/> months; nothing on SQLite.</summary>
    public static async Task EnsureAsync(PolkuDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var last = now.AddMonths(MonthsAhead);
        await db.Database.ExecuteSqlAsync($"SELECT polku_audit_partitions({now}, {last})", cancellationToken);
    }
}
