/** What an empty dashboard tells a director to do. */
export const NO_FEEDBACK_TITLE = "No feedback in this period";
export const NO_FEEDBACK_DESCRIPTION = "Import feedback or share a survey link; or choose a longer period above.";
