using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveMetadata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionYears",
                table: "ServiceTasks",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "RecordsPlanClasses",
                table: "Organisations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetentionYears",
                table: "ServiceTasks");

            migrationBuilder.DropColumn(
                name: "RecordsPlanClasses",
                table: "Organisations");
        }
    }
}
