import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { openApiDocument } from "@/server/rest/openapi";

export const metadata: Metadata = { title: "API reference" };

type JsonSchema = { type?: string | string[]; description?: string; enum?: unknown[]; anyOf?: JsonSchema[]; minimum?: number; maximum?: number; format?: string };

function describeType(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(describeType).filter((t) => t !== "null").join(" | ") + " (or null)";
  const range = schema.minimum !== undefined && schema.maximum !== undefined ? ` ${schema.minimum}-${schema.maximum}` : "";
  return `${schema.format ?? schema.type ?? "any"}${range}`;
}

/** A readable reference of /api/v1, rendered from the same OpenAPI document the API serves. */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  const item = doc.components.schemas.FeedbackItem as { properties: Record<string, JsonSchema>; required?: string[] };
  const paths = Object.entries(doc.paths) as [
    string,
    Record<string, { summary: string; description: string; parameters?: { name: string; description?: string }[]; responses: Record<string, { description: string }> }>,
  ][];
  return (
    <main id="main" className="mx-auto grid max-w-4xl gap-6 px-4 py-10">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold">{doc.info.title} v{doc.info.version}</h1>
        <p className="text-muted-foreground">{doc.info.description}</p>
        <p className="text-sm">
          Machine-readable: <a className="text-primary underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1)
        </p>
      </header>
      {paths.map(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => (
          <Card key={`${method} ${path}`}>
            <CardHeader>
              <CardTitle>
                <code>{method.toUpperCase()} /api/v1{path}</code>
              </CardTitle>
              <CardDescription>{operation.summary}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              <p>{operation.description}</p>
              {operation.parameters && (
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  {operation.parameters.map((parameter) => (
                    <div key={parameter.name} className="contents">
                      <dt>
                        <code>{parameter.name}</code>
                      </dt>
                      <dd className="text-muted-foreground">{parameter.description}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <ul className="grid gap-1">
                {Object.entries(operation.responses).map(([status, response]) => (
                  <li key={status}>
                    <code>{status}</code> {response.description}
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        )),
      )}
      <Card>
        <CardHeader>
          <CardTitle>A feedback item</CardTitle>
          <CardDescription>Send at least one score or a comment. Times are ISO 8601 with a zone.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Field</TableHead>
                <TableHead>Type</TableHead>
                <TableHead>Required</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(item.properties).map(([name, schema]) => (
                <TableRow key={name}>
                  <TableCell>
                    <code>{name}</code>
                  </TableCell>
                  <TableCell>{describeType(schema)}</TableCell>
                  <TableCell>{item.required?.includes(name) ? "yes" : "no"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Example</CardTitle>
        </CardHeader>
        <CardContent>
          <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">{`curl -X POST https://<your-touchpoint>/api/v1/feedback \\
  -H "Authorization: Bearer tp_..." -H "Content-Type: application/json" \\
  -d '{"touchPointId":"<id>","channel":"web","rating":4,
       "comment":"Quick and friendly check-in","occurredAt":"2026-11-23T09:30:00Z",
       "idempotencyKey":"survey-123"}'`}</pre>
        </CardContent>
      </Card>
    </main>
  );
}
