package kz.sabaq.conference.bbb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.web.UserError;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * BigBlueButton's API: {@code <server>/api/<call>?<query>&checksum=<hex digest of call + query + secret>},
 * answered in XML whose {@code returncode} is SUCCESS or FAILED with a {@code messageKey}. A failure
 * reaches the user as a translated message: server unreachable, wrong secret ({@code checksumError}),
 * anything else the server refused.
 */
final class BbbApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI api;
    private final String secret;
    private final String algorithm;
    private final HttpClient http;

    /** @param server the server's API address, e.g. {@code https://bbb.example.kz/bigbluebutton/} */
    BbbApi(String server, String secret, String checksum, HttpClient http) {
        // a server address saved before settings checked web addresses may still be unusable
        if (!FieldType.isWebAddress(server) || secret == null || secret.isBlank()) {
            throw new UserError(503, "conference-bbb.error.notConfigured");
        }
        String base = server.strip().replaceAll("/+$", "");
        this.api = URI.create(base.endsWith("/api") ? base + "/" : base + "/api/");
        this.secret = secret.strip();
        this.algorithm = switch (checksum == null ? "" : checksum) {
            case "sha1" -> "SHA-1";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            default -> "SHA-256";
        };
        this.http = http;
    }

    /** The signed address of a call, e.g. a join link the participant's browser follows. */
    URI url(String call, Map<String, String> parameters) {
        String query = query(parameters);
        return api.resolve(call + "?" + (query.isEmpty() ? "" : query + "&") + "checksum=" + checksum(call, query));
    }

    /** Makes the call and returns the SUCCESS response; a FAILED one whose messageKey is in {@code tolerated} too. */
    Document call(String call, Map<String, String> parameters, String... tolerated) {
        HttpRequest request = HttpRequest.newBuilder(url(call, parameters)).timeout(TIMEOUT).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UserError(502, "conference-bbb.error.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(502, "conference-bbb.error.unreachable");
        }
        Document xml = parse(response.body());
        String code = Xml.text(xml.getDocumentElement(), "returncode");
        String key = Xml.text(xml.getDocumentElement(), "messageKey");
        if ("SUCCESS".equals(code) || java.util.Arrays.asList(tolerated).contains(key)) {
            return xml;
        }
        if ("checksumError".equals(key)) {
            throw new UserError(502, "conference-bbb.error.checksum");
        }
        throw new UserError(502, "conference-bbb.error.refused", key == null ? code : key);
    }

    private String checksum(String call, String query) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm)
                    .digest((call + query + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new UserError(502, "conference-bbb.error.unreachable");
        }
    }
}
