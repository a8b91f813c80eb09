namespace HeelChallenge.Gateway.Export;

public enum ExportFormat
{
    Json = 0,
    Csv = 1,
}
