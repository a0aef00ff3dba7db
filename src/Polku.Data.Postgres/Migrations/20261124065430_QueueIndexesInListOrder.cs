using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Postgres.Migrations
{
    /// <summary>
    /// The inbox's and the decision queues' status indexes carry the lists' whole order. Without it SQLite, which keeps
    /// no statistics, walked every referral or decision of the organisation in date order to find the few open ones.
    /// </summary>
    public partial class QueueIndexesInListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_AssessmentStartDueOn",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_OrganisationId_Status_StartedOn",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_AssessmentStartDueOn_Receiv~",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "AssessmentStartDueOn", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_Status_StartedOn_Id",
                table: "Decisions",
                columns: new[] { "OrganisationId", "Status", "StartedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_AssessmentStartDueOn_Receiv~",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_OrganisationId_Status_StartedOn_Id",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_AssessmentStartDueOn",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "AssessmentStartDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_Status_StartedOn",
                table: "Decisions",
                columns: new[] { "OrganisationId", "Status", "StartedOn" });
        }
    }
}
