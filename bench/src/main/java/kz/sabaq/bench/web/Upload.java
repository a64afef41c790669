package kz.sabaq.bench.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file a browser uploads, written straight onto the connection: a megabyte answer costs the load
 * generator no megabyte array per request (it shares the heap with an in-process server).
 */
public interface Upload {

    long length();

    void writeTo(OutputStream out) throws IOException;
}
