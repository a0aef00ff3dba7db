using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Areas",
                table: "Organisations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "NonDisclosure",
                table: "Clients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AppealInstructions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Finnish = table.Column<string>(type: "text", nullable: false),
                    Swedish = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealInstructions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealInstructions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionChainSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Rules = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionChainSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionChainSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Chain = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreparerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignerId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnulmentReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PreviousDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Content = table.Column<string>(type: "text", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    History = table.Column<string>(type: "text", nullable: false),
                    Appeal = table.Column<string>(type: "text", nullable: true),
                    AppealInstructionVersion = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Decisions_PreviousDecisionId",
                        column: x => x.PreviousDecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LegalBases = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DefaultTermMonths = table.Column<int>(type: "integer", nullable: true),
                    MayBeGrantedWithoutTerm = table.Column<bool>(type: "boolean", nullable: false),
                    IsSocialRehabilitation = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameFi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DecisionDispatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OrderedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionDispatches_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Request = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Handling = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    HandledById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationRequests_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppealInstructions_OrganisationId_Version",
                table: "AppealInstructions",
                columns: new[] { "OrganisationId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionChainSettings_OrganisationId_AreaCode_Version",
                table: "DecisionChainSettings",
                columns: new[] { "OrganisationId", "AreaCode", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDispatches_DecisionId",
                table: "DecisionDispatches",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDispatches_OrganisationId_Status_Method",
                table: "DecisionDispatches",
                columns: new[] { "OrganisationId", "Status", "Method" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ClientId_StartedOn",
                table: "Decisions",
                columns: new[] { "ClientId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_EndsOn",
                table: "Decisions",
                columns: new[] { "OrganisationId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganisationId_Status_StartedOn",
                table: "Decisions",
                columns: new[] { "OrganisationId", "Status", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PreviousDecisionId",
                table: "Decisions",
                column: "PreviousDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionTypes_OrganisationId_Code",
                table: "DecisionTypes",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationRequests_DecisionId",
                table: "RectificationRequests",
                column: "DecisionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealInstructions");

            migrationBuilder.DropTable(
                name: "DecisionChainSettings");

            migrationBuilder.DropTable(
                name: "DecisionDispatches");

            migrationBuilder.DropTable(
                name: "DecisionTypes");

            migrationBuilder.DropTable(
                name: "RectificationRequests");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropColumn(
                name: "Areas",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NonDisclosure",
                table: "Clients");
        }
    }
}
