package dk.referent.bot.platform.teams;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The Teams app package an administrator uploads: {@code teams/manifest.json} with this installation's app id (and
 * publisher) filled in, and the two icons Teams requires — drawn here (a page with lines), so no binary lives in the
 * repository: a 192×192 colour icon and a 32×32 outline, white on transparent.
 */
public final class TeamsAppPackage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Color ACCENT = new Color(0x2C, 0x3E, 0x50);

    private TeamsAppPackage() {
    }

    /** What the package needs that is not known: {@code TEAMS_APP_ID} as a GUID; null when nothing is missing. */
    public static String problem(Map<String, String> env) {
        String id = env.getOrDefault("TEAMS_APP_ID", "");
        return GUID.matcher(id).matches() ? null : "TEAMS_APP_ID (the Azure bot's app id, a GUID) is needed for the Teams app package";
    }

    /** Writes the zip to {@code out}; the publisher and its website from REFERENT_TEAMS_DEVELOPER / REFERENT_TEAMS_WEBSITE. */
    public static void write(Map<String, String> env, OutputStream out) throws IOException {
        Map<String, String> values = Map.of("TEAMS_APP_ID", env.get("TEAMS_APP_ID"),
                "REFERENT_TEAMS_DEVELOPER", jsonString(env.getOrDefault("REFERENT_TEAMS_DEVELOPER", "Referent")),
                "REFERENT_TEAMS_WEBSITE", jsonString(env.getOrDefault("REFERENT_TEAMS_WEBSITE", "https://referent.example.dk")));
        String manifest;
        try (InputStream in = TeamsAppPackage.class.getResourceAsStream("/teams/manifest.json")) {
            if (in == null) {
                throw new IOException("teams/manifest.json is not in this build");
            }
            Matcher m = PLACEHOLDER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            manifest = m.replaceAll(r -> Matcher.quoteReplacement(values.getOrDefault(r.group(1), r.group())));
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            entry(zip, "color.png", png(icon(192, true)));
            entry(zip, "outline.png", png(icon(32, false)));
        }
    }

    /** The value as it may stand inside a JSON string. */
    private static String jsonString(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A page with four lines of text; on the accent colour, or (the outline) alone, white on transparent. */
    static BufferedImage icon(int size, boolean colour) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, colour ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            if (colour) {
                g.setColor(ACCENT);
                g.fillRect(0, 0, size, size);
            }
            int unit = size / 8;
            g.setColor(Color.WHITE);
            g.setStroke(new java.awt.BasicStroke(Math.max(1, size / 32f)));
            g.drawRect(2 * unit, unit, 4 * unit, 6 * unit);
            for (int line = 0; line < 4; line++) {
                int y = 2 * unit + line * unit + unit / 2;
                g.drawLine(2 * unit + unit / 2, y, 6 * unit - unit / 2 - (line == 3 ? unit : 0), y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
