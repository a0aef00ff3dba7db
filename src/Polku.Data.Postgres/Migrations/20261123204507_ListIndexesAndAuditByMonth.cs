using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexesAndAuditByMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId",
                table: "AuditSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditSubjects",
                table: "AuditSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEvents",
                table: "AuditEvents");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OccurredAt",
                table: "AuditSubjects",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditSubjects",
                table: "AuditSubjects",
                columns: new[] { "AuditEventId", "OccurredAt", "PersonId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEvents",
                table: "AuditEvents",
                columns: new[] { "Id", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_AssessmentStartDueOn_ReceivedOn_Id",
                table: "Referrals",
                columns: new[] { "OrganisationId", "AssessmentStartDueOn", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_StartedOn_Id",
                table: "Decisions",
                columns: new[] { "OrganisationId", "StartedOn", "Id" });

            // The foreign key to the events is made with the partitioned tables below: the subjects' times are filled there.

            // The audit trail grows without end: it is stored in monthly partitions so an old month can be detached and
            // archived whole, and each month's indexes stay the size of a month. Existing events move into them.
            migrationBuilder.Sql(AuditPartitions.CreateFunction);
            migrationBuilder.Sql("""
                DROP INDEX "IX_AuditEvents_OccurredAt";
                DROP INDEX "IX_AuditEvents_UserId_OccurredAt";
                DROP INDEX "IX_AuditSubjects_PersonId";
                ALTER TABLE "AuditEvents" RENAME CONSTRAINT "PK_AuditEvents" TO "PK_AuditEvents_unpartitioned";
                ALTER TABLE "AuditSubjects" RENAME CONSTRAINT "PK_AuditSubjects" TO "PK_AuditSubjects_unpartitioned";
                ALTER TABLE "AuditEvents" RENAME TO "AuditEvents_unpartitioned";
                ALTER TABLE "AuditSubjects" RENAME TO "AuditSubjects_unpartitioned";

                CREATE TABLE "AuditEvents" (
                    LIKE "AuditEvents_unpartitioned" INCLUDING DEFAULTS,
                    CONSTRAINT "PK_AuditEvents" PRIMARY KEY ("Id", "OccurredAt")
                ) PARTITION BY RANGE ("OccurredAt");
                CREATE TABLE "AuditSubjects" (
                    LIKE "AuditSubjects_unpartitioned" INCLUDING DEFAULTS,
                    CONSTRAINT "PK_AuditSubjects" PRIMARY KEY ("AuditEventId", "OccurredAt", "PersonId"),
                    CONSTRAINT "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt" FOREIGN KEY ("AuditEventId", "OccurredAt")
                        REFERENCES "AuditEvents" ("Id", "OccurredAt") ON DELETE RESTRICT
                ) PARTITION BY RANGE ("OccurredAt");
                CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");
                CREATE INDEX "IX_AuditEvents_UserId_OccurredAt" ON "AuditEvents" ("UserId", "OccurredAt");
                CREATE INDEX "IX_AuditSubjects_PersonId" ON "AuditSubjects" ("PersonId");
                CREATE TABLE "AuditEvents_default" PARTITION OF "AuditEvents" DEFAULT;
                CREATE TABLE "AuditSubjects_default" PARTITION OF "AuditSubjects" DEFAULT;
                SELECT polku_append_only_on(audit_table)
                FROM unnest(ARRAY['AuditEvents', 'AuditSubjects', 'AuditEvents_default', 'AuditSubjects_default']) AS audit_table;

                SELECT polku_audit_partitions(
                    (SELECT coalesce(min("OccurredAt"), now()) FROM "AuditEvents_unpartitioned"),
                    greatest(now(), (SELECT max("OccurredAt") FROM "AuditEvents_unpartitioned")) + interval '3 months');
                INSERT INTO "AuditEvents" SELECT * FROM "AuditEvents_unpartitioned";
                INSERT INTO "AuditSubjects" ("AuditEventId", "OccurredAt", "PersonId")
                    SELECT s."AuditEventId", e."OccurredAt", s."PersonId"
                    FROM "AuditSubjects_unpartitioned" s JOIN "AuditEvents_unpartitioned" e ON e."Id" = s."AuditEventId";
                DROP TABLE "AuditSubjects_unpartitioned";
                DROP TABLE "AuditEvents_unpartitioned";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one table each: the partitioned ones are copied into plain tables, then EF's steps below apply.
            migrationBuilder.Sql("""
                CREATE TABLE "AuditEvents_plain" (LIKE "AuditEvents" INCLUDING DEFAULTS);
                CREATE TABLE "AuditSubjects_plain" (LIKE "AuditSubjects" INCLUDING DEFAULTS);
                INSERT INTO "AuditEvents_plain" SELECT * FROM "AuditEvents";
                INSERT INTO "AuditSubjects_plain" SELECT * FROM "AuditSubjects";
                DROP TABLE "AuditSubjects";
                DROP TABLE "AuditEvents";
                DROP FUNCTION polku_audit_partitions(timestamptz, timestamptz);
                DROP FUNCTION polku_audit_detach(date);
                ALTER TABLE "AuditEvents_plain" RENAME TO "AuditEvents";
                ALTER TABLE "AuditSubjects_plain" RENAME TO "AuditSubjects";
                ALTER TABLE "AuditEvents" ADD CONSTRAINT "PK_AuditEvents" PRIMARY KEY ("Id", "OccurredAt");
                ALTER TABLE "AuditSubjects" ADD CONSTRAINT "PK_AuditSubjects" PRIMARY KEY ("AuditEventId", "OccurredAt", "PersonId");
                ALTER TABLE "AuditSubjects" ADD CONSTRAINT "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt" FOREIGN KEY ("AuditEventId", "OccurredAt")
                    REFERENCES "AuditEvents" ("Id", "OccurredAt") ON DELETE RESTRICT;
                CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");
                CREATE INDEX "IX_AuditEvents_UserId_OccurredAt" ON "AuditEvents" ("UserId", "OccurredAt");
                CREATE INDEX "IX_AuditSubjects_PersonId" ON "AuditSubjects" ("PersonId");
                SELECT polku_append_only_on('AuditEvents');
                SELECT polku_append_only_on('AuditSubjects');
                DROP FUNCTION polku_append_only_on(text);
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt",
                table: "AuditSubjects");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_AssessmentStartDueOn_ReceivedOn_Id",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_OrganisationId_StartedOn_Id",
                table: "Decisions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditSubjects",
                table: "AuditSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEvents",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                table: "AuditSubjects");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditSubjects",
                table: "AuditSubjects",
                columns: new[] { "AuditEventId", "PersonId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEvents",
                table: "AuditEvents",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId",
                table: "AuditSubjects",
                column: "AuditEventId",
                principalTable: "AuditEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
