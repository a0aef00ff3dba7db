using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Polku.Data.Sqlite.Migrations
{
    /// <summary>
    /// PostgreSQL drops the audit subjects' reference check here (a partition lookup per subject); SQLite keeps it, as
    /// it is cheap there. This step is empty so that both providers keep the same migrations.
    /// </summary>
    public partial class AuditSubjectsWithoutReferenceCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
