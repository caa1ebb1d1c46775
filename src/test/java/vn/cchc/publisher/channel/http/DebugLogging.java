package vn.cchc.publisher.channel.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Turns DEBUG logging on for some loggers until closed, so a test sees every line they can write. */
public final class DebugLogging implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();

    private DebugLogging(String... names) {
        for (String name : names) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            loggers.add(logger);
            previous.add(logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
    }

    /** The channel module, WebClient and Reactor Netty at DEBUG. */
    public static DebugLogging channels() {
        return new DebugLogging(
                "vn.cchc.publisher.channel", "org.springframework.web.reactive.function.client", "reactor.netty");
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}
