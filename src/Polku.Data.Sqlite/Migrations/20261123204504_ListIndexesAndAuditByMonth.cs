using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexesAndAuditByMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_AssessmentStartDueOn_ReceivedOn_Id",
                table: "Referrals",
                columns: new[] { "OrganisationId", "AssessmentStartDueOn", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_StartedOn_Id",
                table: "Decisions",
                columns: new[] { "OrganisationId", "StartedOn", "Id" });

            // The audit tables' keys take the event's time (PostgreSQL partitions them by it). Rebuilt by hand: the events
            // first, so the subjects' new reference to (Id, OccurredAt) has a key to point at, the subjects' times filled
            // from their events, and the append-only triggers made again on the new tables.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""
                BEGIN;
                CREATE TABLE "ef_temp_AuditEvents" (
                    "Id" TEXT NOT NULL,
                    "OccurredAt" INTEGER NOT NULL,
                    "Action" TEXT NOT NULL,
                    "OrganisationId" TEXT NULL,
                    "Outcome" TEXT NOT NULL,
                    "RequestId" TEXT NULL,
                    "ServiceTaskCode" TEXT NULL,
                    "UserId" TEXT NULL,
                    CONSTRAINT "PK_AuditEvents" PRIMARY KEY ("Id", "OccurredAt")
                );
                INSERT INTO "ef_temp_AuditEvents" ("Id", "OccurredAt", "Action", "OrganisationId", "Outcome", "RequestId", "ServiceTaskCode", "UserId")
                SELECT "Id", "OccurredAt", "Action", "OrganisationId", "Outcome", "RequestId", "ServiceTaskCode", "UserId" FROM "AuditEvents";
                CREATE TABLE "ef_temp_AuditSubjects" (
                    "AuditEventId" TEXT NOT NULL,
                    "OccurredAt" INTEGER NOT NULL,
                    "PersonId" TEXT NOT NULL,
                    CONSTRAINT "PK_AuditSubjects" PRIMARY KEY ("AuditEventId", "OccurredAt", "PersonId"),
                    CONSTRAINT "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt" FOREIGN KEY ("AuditEventId", "OccurredAt") REFERENCES "AuditEvents" ("Id", "OccurredAt") ON DELETE RESTRICT
                );
                INSERT INTO "ef_temp_AuditSubjects" ("AuditEventId", "OccurredAt", "PersonId")
                SELECT s."AuditEventId", e."OccurredAt", s."PersonId" FROM "AuditSubjects" s JOIN "AuditEvents" e ON e."Id" = s."AuditEventId";
                DROP TABLE "AuditSubjects";
                DROP TABLE "AuditEvents";
                ALTER TABLE "ef_temp_AuditEvents" RENAME TO "AuditEvents";
                ALTER TABLE "ef_temp_AuditSubjects" RENAME TO "AuditSubjects";
                CREATE INDEX "IX_AuditSubjects_PersonId" ON "AuditSubjects" ("PersonId");
                CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");
                CREATE INDEX "IX_AuditEvents_UserId_OccurredAt" ON "AuditEvents" ("UserId", "OccurredAt");
                CREATE TRIGGER "AuditEvents_no_update" BEFORE UPDATE ON "AuditEvents" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                CREATE TRIGGER "AuditEvents_no_delete" BEFORE DELETE ON "AuditEvents" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                CREATE TRIGGER "AuditSubjects_no_update" BEFORE UPDATE ON "AuditSubjects" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                CREATE TRIGGER "AuditSubjects_no_delete" BEFORE DELETE ON "AuditSubjects" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                COMMIT;
                """, suppressTransaction: true);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
