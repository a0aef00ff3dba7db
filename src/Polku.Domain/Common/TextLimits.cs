namespace Polku.Domain.Common;

/// <summary>The one source of every text length: validation, database columns and form fields read these.</summary>
public static class TextLimits
{
    public const int Name = 100;
    public const int Phone = 40;
    public const int Email = 254;
    public const int Address = 300;
    public const int Code = 60;
    public const int ServiceTaskCode = 40;
    public const int Explanation = 1000;
    public const int Text = 4000;
    public const int LongText = 8000;
    public const int Search = 100;
    public const int LocalizedName = 200;
    public const int PageAddress = 500;
}
