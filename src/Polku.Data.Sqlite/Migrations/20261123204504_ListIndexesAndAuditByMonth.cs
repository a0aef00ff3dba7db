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
            migrationBuilder.DropForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId",
                table: "AuditSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditSubjects",
                table: "AuditSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEvents",
                table: "AuditEvents");

            migrationBuilder.AddColumn<long>(
                name: "OccurredAt",
                table: "AuditSubjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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

            migrationBuilder.AddForeignKey(
                name: "FK_AuditSubjects_AuditEvents_AuditEventId_OccurredAt",
                table: "AuditSubjects",
                columns: new[] { "AuditEventId", "OccurredAt" },
                principalTable: "AuditEvents",
                principalColumns: new[] { "Id", "OccurredAt" },
                onDelete: ReferentialAction.Restrict);
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
