using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>Makes the generated schemas say what the API really does.</summary>
internal static class OpenApiSchemaRules
{
    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            // Instants are ISO 8601 strings on the wire.
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }

        if (type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            // Problems carry extensions (errors, traceId): open for more members.
            schema.AdditionalPropertiesAllowed = true;
            schema.AdditionalProperties = null;
        }

        if (schema.Required is not { Count: > 0 } required || schema.Properties is not { } properties) return Task.CompletedTask;
        var isRequestBody = type.Name.EndsWith("Request", StringComparison.Ordinal);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!required.Contains(property.Name)) continue;

            // Left out of responses when null (JsonIgnore WhenWritingNull): present only sometimes, so not required.
            var ignore = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
                .OfType<JsonIgnoreAttribute>().FirstOrDefault();
            if (ignore?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
            {
                required.Remove(property.Name);
            }
            else if (isRequestBody && properties.TryGetValue(property.Name, out var value) && value is OpenApiSchema { Type: { } valueType } inline)
            {
                // Request fields are nullable in C# only so that a missing one is answered by validation naming it;
                // a null is refused, so the contract is the non-null type.
                inline.Type = valueType & ~JsonSchemaType.Null;
            }
        }

        return Task.CompletedTask;
    }
}
