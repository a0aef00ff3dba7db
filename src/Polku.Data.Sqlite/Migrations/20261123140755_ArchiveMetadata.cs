using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "RecordsPlanClasses",
                table: "Organisations",
                type: "TEXT",
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
