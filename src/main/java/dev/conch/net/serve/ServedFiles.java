package dev.conch.net.serve;

import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jetty.http.HttpDateTime;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.http.content.VirtualHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The files of one directory, served by Jetty's {@link ResourceHandler}: Range (206, 416, several
 * ranges as multipart), HEAD, Last-Modified, If-Modified-Since, content types and directory
 * listings all come from Jetty. Three things are Conch's own:
 *
 * <ul>
 *   <li>ETags are strong ({@code "…"}, not Jetty's {@code W/"…"}): they come from the file's
 *       modification time and size, as nginx's do, and only a strong ETag lets a client resume with
 *       {@code If-Range}.
 *   <li>{@code If-Range}, which Jetty 12's core handler ignores, is honoured: when its validator (a
 *       strong ETag, or the Last-Modified date) no longer matches, the Range is dropped and the
 *       whole file is sent with 200, so a client never splices two versions of a file.
 *   <li>Nothing is cached in memory: every request reads the file as it is now.
 * </ul>
 *
 * <p>Thread-safe once started, as every Jetty handler: requests are handled on Jetty's threads.
 */
final class ServedFiles extends ResourceHandler {
  ServedFiles(Path dir) {
    setBaseResource(ResourceFactory.of(this).newResource(dir));
    setDirAllowed(true);
    setEtags(true);
    setAcceptRanges(true);
  }

  @Override
  protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
    HttpContent.Factory files =
        new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
    HttpContent.Factory strong = path -> strong(files.getContent(path));
    return new VirtualHttpContentFactory(strong, getStyleSheet(), "text/css", pool);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return super.handle(withIfRangeApplied(request), response, callback);
  }

  /** The request, without its Range when its If-Range validator no longer matches the file. */
  private Request withIfRangeApplied(Request request) throws java.io.IOException {
    HttpFields headers = request.getHeaders();
    String validator = headers.get(HttpHeader.IF_RANGE);
    if (validator == null || !headers.contains(HttpHeader.RANGE)) {
      return request;
    }
    HttpContent content =
        getResourceService().getContent(Request.getPathInContext(request), request);
    if (content == null || ifRangeMatches(validator.strip(), content)) {
      return request;
    }
    HttpFields whole = HttpFields.build(headers).remove(HttpHeader.RANGE).asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return whole;
      }
    };
  }

  /**
   * Whether an If-Range validator still matches {@code content} (RFC 9110, 13.1.5): an entity tag
   * by strong comparison (a weak one never matches), a date when it is the Last-Modified second.
   */
  static boolean ifRangeMatches(String validator, HttpContent content) {
    if (validator.startsWith("\"")) {
      return validator.equals(content.getETagValue());
    }
    if (validator.startsWith("W/")) {
      return false;
    }
    long millis = HttpDateTime.parseToEpoch(validator);
    Instant modified = content.getLastModifiedInstant();
    return millis != -1 && modified != null && modified.getEpochSecond() == millis / 1000;
  }

  /** {@code content} with its weak ETag made strong, or null when there is no content. */
  private static HttpContent strong(HttpContent content) {
    if (content == null || content.getETagValue() == null) {
      return content;
    }
    String etag = content.getETagValue();
    HttpField field =
        new HttpField(HttpHeader.ETAG, etag.startsWith("W/") ? etag.substring(2) : etag);
    return new HttpContent.Wrapper(content) {
      @Override
      public HttpField getETag() {
        return field;
      }
    };
  }
}
