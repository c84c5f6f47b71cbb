using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StemStl.Cms.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ByModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "ModifiedUtc", "Id" },
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_ByModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "ModifiedUtc", "Id" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_ByPublishedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "PublishedUtc", "Id" },
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ByModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_ByModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_ByPublishedUtc",
                table: "ContentItems");
        }
    }
}
