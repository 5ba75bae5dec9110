import java.lang.classfile.*;
import java.lang.classfile.constantpool.*;
import java.lang.invoke.MethodType;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.jar.*;

/**
 * Every SWT method, constructor and field that Koers's bundles use, looked up in each system's SWT (host and native
 * fragment), without running any of it: the check that the Windows and macOS downloads have every piece of SWT that
 * Koers calls, short of running them there (SWT's widgets live in the fragments, which differ per system; the Intel
 * Mac's is an older version). Not part of the build (it needs JDK 24+ for java.lang.classfile); run after a build:
 *
 *   cd distribution/target && java ../src/tools/SwtApiCheck.java koers/bundles \
 *     koers-windows-x86_64/bundles/org.eclipse.swt-3.135.0.jar koers-windows-x86_64/bundles/org.eclipse.swt.win32.win32.x86_64-3.135.0.jar \
 *     koers-macos-x86_64/bundles/org.eclipse.swt-3.133.0.jar koers-macos-x86_64/bundles/org.eclipse.swt.cocoa.macosx.x86_64-3.133.0.jar
 *
 * Prints how many members Koers uses, then per fragment "all found" or what is missing.
 */
public class SwtApiCheck {
    record Ref(String owner, String name, String type, boolean field) {}
    public static void main(String[] a) throws Exception {
        Path bundles = Path.of(a[0]);
        Set<Ref> refs = new TreeSet<>(Comparator.comparing(Ref::toString));
        try (var s = Files.list(bundles)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().startsWith("nl.koers.")).toList()) {
                try (JarFile j = new JarFile(jar.toFile())) {
                    for (JarEntry e : Collections.list(j.entries())) {
                        if (!e.getName().endsWith(".class")) continue;
                        ClassModel m = ClassFile.of().parse(j.getInputStream(e).readAllBytes());
                        for (PoolEntry p : m.constantPool()) {
                            if (p instanceof MemberRefEntry r && r.owner().asInternalName().startsWith("org/eclipse/swt/")) {
                                refs.add(new Ref(r.owner().asInternalName().replace('/', '.'), r.name().stringValue(), r.type().stringValue(), p instanceof FieldRefEntry));
                            }
                        }
                    }
                }
            }
        }
        System.out.println(refs.size() + " SWT members used by Koers's bundles");
        for (int i = 1; i < a.length; i += 2) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL(), Path.of(a[i + 1]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            List<String> missing = new ArrayList<>();
            for (Ref r : refs) {
                try {
                    Class<?> c = Class.forName(r.owner(), false, loader);
                    if (!has(c, r)) missing.add(r.owner() + "." + r.name() + r.type());
                } catch (Throwable t) {
                    missing.add(r.owner() + " (" + t + ")");
                }
            }
            System.out.println(Path.of(a[i + 1]).getFileName() + ": " + (missing.isEmpty() ? "all found" : missing.size() + " missing " + missing));
        }
    }
    static boolean has(Class<?> c, Ref r) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (hasHere(k, r)) return true;
            for (Class<?> i : allInterfaces(k)) if (hasHere(i, r)) return true;
        }
        return false;
    }
    static Set<Class<?>> allInterfaces(Class<?> k) {
        Set<Class<?>> out = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(k.getInterfaces()));
        while (!todo.isEmpty()) { Class<?> i = todo.pop(); if (out.add(i)) todo.addAll(List.of(i.getInterfaces())); }
        return out;
    }
    static boolean hasHere(Class<?> k, Ref r) {
        if (r.field()) {
            for (Field f : k.getDeclaredFields()) if (f.getName().equals(r.name()) && f.getType().descriptorString().equals(r.type())) return true;
            return false;
        }
        if (r.name().equals("<init>")) {
            for (Constructor<?> m : k.getDeclaredConstructors()) if (MethodType.methodType(void.class, m.getParameterTypes()).toMethodDescriptorString().equals(r.type())) return true;
            return false;
        }
        for (Method m : k.getDeclaredMethods()) if (m.getName().equals(r.name()) && MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString().equals(r.type())) return true;
        return false;
    }
}
