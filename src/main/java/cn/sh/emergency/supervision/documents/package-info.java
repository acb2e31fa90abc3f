/**
 * Enforcement documents (执法文书): the standard documents of the lifecycles as PDF, laid out as the official
 * formats are, numbered, with the shipped CJK font embedded, and recorded in the case's full-process record. The
 * lifecycles say what a document contains ({@link cn.sh.emergency.supervision.documents.DocumentSource}); this
 * module lays it out and issues it.
 */
@ApplicationModule(allowedDependencies = {"casefile", "identity", "shared", "shared :: process"})
package cn.sh.emergency.supervision.documents;

import org.springframework.modulith.ApplicationModule;
