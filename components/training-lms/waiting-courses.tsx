"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2 } from "lucide-react";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useOrgTimeZone } from "@/components/shell/org-time-zone";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/native-select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInstant } from "@/lib/day-in";
import { errorMessage } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/react";

type Course = { courseId: string; name: string | null; statements: number; people: number; firstSeen: Date | null; lastSeen: Date | null };

/** Course ids the LMS sent that match no module: map each to a module and its waiting statements become records. */
export function WaitingCourses() {
  const trpc = useTRPC();
  const courses = useQuery(trpc.trainingImports.waitingCourses.queryOptions());
  const modules = useQuery(trpc.trainingImports.modules.queryOptions());
  if (courses.isPending || modules.isPending) return <SkeletonRows label="Loading waiting statements" rowClassName="h-12" />;
  if (courses.isError) return <FormAlert message={errorMessage(courses.error)} />;
  if (modules.isError) return <FormAlert message={errorMessage(modules.error)} />;
  if (courses.data.length === 0) {
    return <EmptyState icon={<CheckCircle2 />} title="No statement waits for its course" description="Every completed, passed or failed statement received names a course id that matches a module." />;
  }
  return (
    <Table aria-label="Statements waiting for their course">
      <TableHeader>
        <TableRow>
          <TableHead>Course in the LMS</TableHead>
          <TableHead className="text-right">Statements</TableHead>
          <TableHead className="text-right">People</TableHead>
          <TableHead>First and last received</TableHead>
          <TableHead>Map to module</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {courses.data.map((course) => (
          <CourseRow key={course.courseId} course={course} modules={modules.data} />
        ))}
      </TableBody>
    </Table>
  );
}

function CourseRow({ course, modules }: { course: Course; modules: { id: string; title: string; retired: boolean }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useOrgTimeZone();
  const [moduleId, setModuleId] = useState("");
  const map = useMutation(trpc.trainingImports.mapCourse.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.trainingImports.pathFilter()) }));
  const selectId = `map-${course.courseId}`;
  const label = course.name ?? course.courseId;
  return (
    <TableRow>
      <TableCell className="max-w-80 min-w-56 whitespace-normal">
        <p className="font-medium">{course.name ?? "No name in the statements"}</p>
        <p className="break-all text-xs text-muted-foreground">{course.courseId}</p>
      </TableCell>
      <TableCell className="text-right tabular-nums">{course.statements}</TableCell>
      <TableCell className="text-right tabular-nums">{course.people}</TableCell>
      <TableCell className="text-sm whitespace-nowrap">
        {course.firstSeen && formatInstant(timeZone, course.firstSeen)}
        <br />
        {course.lastSeen && formatInstant(timeZone, course.lastSeen)}
      </TableCell>
      <TableCell>
        {modules.length === 0 ? (
          <p className="text-sm text-muted-foreground">No module yet: create one under Training first.</p>
        ) : (
          <form
            className="flex flex-wrap items-center gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (moduleId) map.mutate({ courseId: course.courseId, moduleId });
            }}
          >
            <label htmlFor={selectId} className="sr-only">
              Module for {label}
            </label>
            <NativeSelect id={selectId} value={moduleId} onChange={(event) => setModuleId(event.target.value)} className="min-w-44">
              <option value="">Choose a module…</option>
              {modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                  {m.retired ? " (retired)" : ""}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" size="sm" disabled={!moduleId || map.isPending} aria-label={`Map ${label}`}>
              Map
            </Button>
            {map.isError && <FormAlert message={errorMessage(map.error)} />}
          </form>
        )}
      </TableCell>
    </TableRow>
  );
}
