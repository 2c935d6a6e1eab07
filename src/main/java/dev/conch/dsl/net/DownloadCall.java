package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.dsl.PrintStyle;
import dev.conch.dsl.UsageError;
import dev.conch.i18n.Messages;
import dev.conch.net.download.Download;
import dev.conch.net.download.DownloadClient;
import dev.conch.net.download.DownloadError;
import dev.conch.net.download.DownloadFileResult;
import dev.conch.net.download.DownloadResult;
import dev.conch.runtime.ConchRuntime;
import dev.conch.view.ByteSize;
import dev.conch.view.Elapsed;
import dev.conch.view.TextTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The built-in {@code download}: checks its options, runs the download on the calling task (its
 * progress on the status line and in {@code /tasks}), then prints a line for each file the server
 * made start again, the table of files (size, time, rate, result, sha256) and the summary with the
 * one-at-a-time estimate, in the session's {@link PrintStyle}. Immutable.
 */
final class DownloadCall {
  private final LongSupplier clock;
  private final Supplier<DownloadClient> client;
  private final PrintStream out;
  private final PrintStyle look;

  /**
   * @param client gives the session's HTTP client, asked for only once the call's options are good
   */
  DownloadCall(
      LongSupplier clock, Supplier<DownloadClient> client, PrintStream out, PrintStyle look) {
    this.clock = clock;
    this.client = client;
    this.out = out;
    this.look = look;
  }

  /**
   * A download on {@code runtime}'s clock and its session's HTTP client, printing where its current
   * task prints.
   */
  static DownloadCall of(ConchRuntime runtime) {
    return new DownloadCall(
        runtime.clock()::now,
        () -> NetServices.of(runtime).downloads(),
        runtime.output().out(),
        CurrentRuntime.look(runtime));
  }

  /**
   * Downloads {@code urls} as {@code options} say and prints what became of each.
   *
   * @throws UsageError when an option or a URL is wrong, naming it and what is expected
   */
  DownloadResult download(Map<String, ?> options, Object urls) {
    DownloadArgs args = DownloadArgs.parse(options);
    Messages m = look.messages();
    Download download;
    try {
      download = Download.plan(urls, args.dir(), args.options());
    } catch (DownloadError e) {
      throw new UsageError(
          Builtins.find("download").orElseThrow(), "usage.download.wrapped", unprefixed(e));
    }
    DownloadResult result = download.run(clock, client.get());
    for (DownloadFileResult file : result) {
      if (file.restart().key() != null) {
        out.println(file.name() + ": " + m.get("runtime." + file.restart().key()));
      }
    }
    if (!args.quiet()) {
      out.println(table(result, m));
    }
    for (DownloadFileResult file : result) {
      if (file.error() != null) {
        out.println(said(file.error(), m));
      }
    }
    if (!args.quiet()) {
      out.println(summary(result, m));
    }
    return result;
  }

  /** The error in the learner's language where the bundle has its words. */
  private static String said(DownloadError e, Messages m) {
    String key = "runtime." + e.key();
    return m.has(key) ? m.get(key, e.args()) : e.getMessage();
  }

  /** The error's line without its {@code download: }, which the usage line puts back. */
  static String unprefixed(DownloadError e) {
    return e.getMessage().replaceFirst("^download: ", "");
  }

  private static String table(DownloadResult result, Messages m) {
    List<List<String>> rows = new ArrayList<>();
    for (DownloadFileResult f : result) {
      rows.add(
          List.of(
              f.name(),
              ByteSize.text(f.size()),
              Elapsed.ofNanos(f.elapsedNanos()),
              ByteSize.text((long) f.rate()) + "/s",
              m.get("download.outcome." + f.outcome().name().toLowerCase(Locale.ROOT)),
              f.sha256() == null
                  ? "-"
                  : f.sha256().substring(0, 12)
                      + (f.verified() ? " " + m.get("download.ok") : "")));
    }
    return TextTable.render(
        List.of(
            m.get("download.col.file"),
            m.get("download.col.size"),
            m.get("download.col.time"),
            m.get("download.col.rate"),
            m.get("download.col.result"),
            m.get("download.col.sha256")),
        rows,
        false,
        true,
        true,
        true);
  }

  /**
   * {@code 20 of 20 files (160.0 MiB) in 3.62 s, 44.2 MiB/s; one at a time ≈ 22 s}; one file has no
   * "one at a time", which would only repeat its time.
   */
  static String summary(DownloadResult result, Messages m) {
    String summary =
        m.get(
            result.isInterrupted() ? "download.summary.stopped" : "download.summary",
            result.getDone().size(),
            result.getFiles().size(),
            ByteSize.text(result.getBytes()),
            String.format(Locale.ROOT, "%.2f s", result.getWall()),
            ByteSize.text((long) result.getRate()) + "/s");
    return result.getFiles().size() < 2
        ? summary
        : summary + m.get("download.summary.serial", Elapsed.rough(result.getSerial()));
  }
}
