package nl.koers.report.docx.internal;

/**
 * Makes this bundle's class loader the thread's context class loader until closed. XmlBeans and log4j look up
 * schema types, providers and settings through the context class loader; in Felix that is whatever the calling
 * thread had (the window's, the command line's), which cannot see the classes embedded here.
 */
final class BundleClassLoader implements AutoCloseable {
    private final Thread thread = Thread.currentThread();
    private final ClassLoader before = thread.getContextClassLoader();

    private BundleClassLoader() {
        thread.setContextClassLoader(BundleClassLoader.class.getClassLoader());
    }

    /** Sets the context class loader; close it in the same thread to put the caller's back. */
    static BundleClassLoader set() {
        return new BundleClassLoader();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(before);
    }
}
