using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccessByRelation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_CodeListEntries",
                table: "CodeListEntries");

            migrationBuilder.AddColumn<string>(
                name: "AccessPolicy",
                table: "Organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "ServiceTask");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "CodeListEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ServiceTaskCode",
                table: "Clients",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "local:working-age-social-rehabilitation");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "Clients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_CodeListEntries",
                table: "CodeListEntries",
                columns: new[] { "OrganisationId", "List", "Code" });

            migrationBuilder.CreateTable(
                name: "StatedReasonAccesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatedReasonAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatedReasonAccesses_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatedReasonAccesses_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatedReasonAccesses_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Clients_OrganisationId_ServiceTaskCode_UnitId",
                table: "Clients",
                columns: new[] { "OrganisationId", "ServiceTaskCode", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Clients_ServiceTaskCode",
                table: "Clients",
                column: "ServiceTaskCode");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_UnitId",
                table: "Clients",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StatedReasonAccesses_ClientId_GrantedAt",
                table: "StatedReasonAccesses",
                columns: new[] { "ClientId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatedReasonAccesses_EmployeeId_ClientId_ExpiresAt",
                table: "StatedReasonAccesses",
                columns: new[] { "EmployeeId", "ClientId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatedReasonAccesses_OrganisationId_GrantedAt",
                table: "StatedReasonAccesses",
                columns: new[] { "OrganisationId", "GrantedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Clients_ServiceTasks_ServiceTaskCode",
                table: "Clients",
                column: "ServiceTaskCode",
                principalTable: "ServiceTasks",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Clients_Units_UnitId",
                table: "Clients",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Clients_ServiceTasks_ServiceTaskCode",
                table: "Clients");

            migrationBuilder.DropForeignKey(
                name: "FK_Clients_Units_UnitId",
                table: "Clients");

            migrationBuilder.DropTable(
                name: "StatedReasonAccesses");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CodeListEntries",
                table: "CodeListEntries");

            migrationBuilder.DropIndex(
                name: "IX_Clients_OrganisationId_ServiceTaskCode_UnitId",
                table: "Clients");

            migrationBuilder.DropIndex(
                name: "IX_Clients_ServiceTaskCode",
                table: "Clients");

            migrationBuilder.DropIndex(
                name: "IX_Clients_UnitId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "AccessPolicy",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "CodeListEntries");

            migrationBuilder.DropColumn(
                name: "ServiceTaskCode",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "Clients");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CodeListEntries",
                table: "CodeListEntries",
                columns: new[] { "List", "Code" });
        }
    }
}
