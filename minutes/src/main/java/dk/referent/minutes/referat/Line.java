package dk.referent.minutes.referat;

/**
 * One line of a referat after markdown is taken off.
 *
 * @param index     0-based position in the document
 * @param text      the plain text, trimmed
 * @param heading   markdown heading level (1–6), 0 when the line was not a markdown heading
 * @param emphasised the whole line was bold or italic in the source — a heading cue in converted PDFs
 */
record Line(int index, String text, int heading, boolean emphasised) {

    boolean blank() {
        return text.isEmpty();
    }

    /** Heading or emphasis in the source: a typographic cue that the line structures the document. */
    boolean marked() {
        return heading > 0 || emphasised;
    }
}
