package dk.referent.minutes.referat;

/** Comparing titles as the same item's title, allowing spelling slips and truncation in a table of contents. */
final class Titles {

    private Titles() {
    }

    /** The letters and digits of a title, lower-cased: what stays when punctuation and spacing differ. */
    static String key(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Same title, up to a few slips, or one is the other cut short (tables of contents truncate). */
    static boolean similar(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        if (Math.min(x.length(), y.length()) >= 20 && (x.startsWith(y) || y.startsWith(x))) {
            return true;
        }
        int limit = Math.max(1, Math.min(x.length(), y.length()) / 12);
        return Math.abs(x.length() - y.length()) <= limit && distance(x, y, limit) <= limit;
    }

    /** True when {@code shorter} is {@code full} cut off (a truncated table-of-contents line). */
    static boolean truncationOf(String shorter, String full) {
        String x = key(shorter);
        String y = key(full);
        return x.length() < y.length() && y.startsWith(x);
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
