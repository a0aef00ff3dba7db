using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Postgres.Migrations
{
    /// <summary>
    /// Drops the database's check that each audit subject names an event; the model keeps the relationship. The audit
    /// log writes an event with its subjects in one statement or one transaction, and the append-only triggers forbid
    /// deleting either, so the check can never fail. On the partitioned trail it cost a lookup per subject: 5–6 ms of a decision register
    /// view that logs 220 clients. SQLite keeps its check, which is cheap there.
    /// </summary>
    public partial class AuditSubjectsWithoutReferenceCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt",
                table: "AuditSubjects");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt",
                table: "AuditSubjects",
                columns: new[] { "AuditEventId", "OccurredAt" },
                principalTable: "AuditEvents",
                principalColumns: new[] { "Id", "OccurredAt" },
                onDelete: ReferentialAction.Restrict);
        }
    }
}
