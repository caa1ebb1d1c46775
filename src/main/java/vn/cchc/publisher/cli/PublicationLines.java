package vn.cchc.publisher.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.cchc.publisher.publishing.PublicationView;

/** One line per publication, as the commands print it. */
final class PublicationLines {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PublicationLines() {}

    static String line(PublicationView p) {
        StringBuilder line = new StringBuilder()
                .append('#')
                .append(p.id())
                .append('\t')
                .append(p.state().id())
                .append('\t')
                .append(p.channel().id())
                .append('\t')
                .append(TIME.format(p.plannedAt()))
                .append('\t')
                .append(p.contentFile());
        if (p.url() != null) {
            line.append('\t').append(p.url());
        }
        if (p.lastErrorVi() != null) {
            line.append("\t(").append(p.lastErrorVi()).append(')');
        }
        return line.toString();
    }
}
