// Loaded first by every test page (as a file, so strict CSP allows it): records what went wrong.
window.peelReport = { errors: [], violations: [], layoutShift: 0, peelErrors: 0 };
addEventListener('error', (event) => window.peelReport.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.peelReport.errors.push(String(event.reason)));
addEventListener('peel-error', () => (window.peelReport.peelErrors += 1));
document.addEventListener('securitypolicyviolation', (event) =>
  window.peelReport.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.peelReport.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
