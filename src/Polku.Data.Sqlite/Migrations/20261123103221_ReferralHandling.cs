using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ClientInformed",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandlerId",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotifierContact",
                table: "Referrals",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NotifierName",
                table: "Referrals",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NotifierOrganisation",
                table: "Referrals",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_HandlerId_Status",
                table: "Referrals",
                columns: new[] { "HandlerId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_Employees_HandlerId",
                table: "Referrals",
                column: "HandlerId",
                principalTable: "Employees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Names are searched without accents from now on; fold the stored ones the same way.
            migrationBuilder.Sql("UPDATE \"Clients\" SET \"SearchName\" = " +
                "replace(replace(replace(replace(replace(replace(\"SearchName\", 'ä', 'a'), 'å', 'a'), 'ö', 'o'), 'ü', 'u'), 'é', 'e'), 'è', 'e')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_Employees_HandlerId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_HandlerId_Status",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ClientInformed",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "HandlerId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "NotifierContact",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "NotifierName",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "NotifierOrganisation",
                table: "Referrals");
        }
    }
}
