import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";

/** Closes the dialog without doing anything. */
export function DialogCancel() {
  return (
    <DialogClose asChild>
      <Button type="button" variant="outline">
        Cancel
      </Button>
    </DialogClose>
  );
}
