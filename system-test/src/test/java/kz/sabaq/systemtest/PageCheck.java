package kz.sabaq.systemtest;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a page in the browser must be, whatever its content: axe-core finds nothing serious or
 * critical, the page does not scroll sideways, every table fits its container or sits in a named
 * scroll region with a visible hint, every form control has a name, and the page's {@code lang} is
 * the viewer's language. Screenshots go to {@code sabaq.screenshots} (docs/screenshots when the
 * set is regenerated), else to target/screenshots.
 */
final class PageCheck {
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /** The layout facts, checked by the browser itself; each string is one problem found. */
    private static final String LAYOUT_FACTS = """
            const problems = [];
            const width = document.documentElement.clientWidth;
            const overflow = document.documentElement.scrollWidth - width;
            if (overflow > 0) {
              const wide = Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
                  .slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
              problems.push('the page scrolls sideways by ' + overflow + 'px: ' + wide.join(', '));
            }
            document.querySelectorAll('main table').forEach((table, i) => {
              const wrap = table.closest('.table-wrap');
              const box = (wrap || table.parentElement).getBoundingClientRect();
              const right = table.getBoundingClientRect().right;
              if (right <= box.right + 1 && table.getBoundingClientRect().left >= box.left - 1) return;
              const hint = wrap && wrap.previousElementSibling;
              const named = wrap && wrap.getAttribute('tabindex') === '0' && wrap.getAttribute('role') === 'region'
                  && wrap.getAttribute('aria-label');
              const hinted = hint && hint.classList.contains('scroll-hint') && hint.offsetParent !== null;
              if (!named || !hinted) problems.push('table ' + i + ' is cut off without a named scroll region and hint');
            });
            document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
              if (c.closest('[hidden]') || c.getClientRects().length === 0) return;
              const named = c.labels.length > 0 || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby')
                  || c.getAttribute('title');
              if (!named) problems.push('control without a name: ' + (c.name || c.id || c.outerHTML.slice(0, 80)));
            });
            if (document.documentElement.lang !== arguments[0]) {
              problems.push('lang is ' + document.documentElement.lang + ', not ' + arguments[0]);
            }
            return problems;
            """;

    private PageCheck() {
    }

    /** Every problem of the page the browser shows, each prefixed by where it was found. */
    static List<String> problems(WebDriver browser, String lang, boolean scan) {
        List<String> found = new ArrayList<>();
        String where = browser.getCurrentUrl() + " @" + width(browser) + "px: ";
        @SuppressWarnings("unchecked")
        List<String> layout = (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_FACTS, lang);
        layout.forEach(p -> found.add(where + p));
        if (scan) {
            Results results = new AxeBuilder().analyze(browser);
            for (Rule rule : results.getViolations()) {
                if (FAILING_IMPACTS.contains(rule.getImpact())) {
                    List<String> targets = rule.getNodes().stream().limit(3).map(PageCheck::target).toList();
                    found.add(where + "axe " + rule.getImpact() + " " + rule.getId() + " " + targets);
                }
            }
        }
        return found;
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }

    static long width(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
    }

    /** Whether the screenshots are docs/screenshots' set rather than a test run's record. */
    static boolean forDocs() {
        return System.getProperty("sabaq.screenshots") != null;
    }

    /**
     * The docs' set shows the first screen, as a person sees it; a test run records the whole page
     * (up to 2,400 px tall) in target/screenshots, to be looked at after a layout change.
     */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Path.of(System.getProperty("sabaq.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ChromeDriver chrome = (ChromeDriver) browser;
        if (forDocs()) {
            Files.write(dir.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
            return;
        }
        Number height = (Number) chrome.executeScript("return Math.min(document.documentElement.scrollHeight, 2400);");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width(browser), "height", height.longValue(), "scale", 1);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
