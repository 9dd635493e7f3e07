// Webview app entry. PLACEHOLDER until the checklist issue lands.
export {};
