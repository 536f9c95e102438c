import type { CSSProperties } from "react";

// Inline styles only: many mail clients drop <style> blocks, and none of the layout may depend
// on @media queries. Colours follow the app: zinc neutrals, an indigo accent.

const fontFamily = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const body: CSSProperties = {
  margin: 0,
  padding: "24px 0",
  backgroundColor: "#f4f4f5",
  fontFamily,
  color: "#18181b",
};

export const container: CSSProperties = {
  maxWidth: "640px",
  margin: "0 auto",
  padding: "28px 32px",
  backgroundColor: "#ffffff",
  border: "1px solid #e4e4e7",
  borderRadius: "8px",
};

export const eyebrow: CSSProperties = {
  margin: "0 0 4px",
  fontSize: "12px",
  lineHeight: "16px",
  letterSpacing: "0.04em",
  textTransform: "uppercase",
  color: "#71717a",
};

export const title: CSSProperties = { margin: "0 0 20px", fontSize: "20px", lineHeight: "28px", fontWeight: 600, color: "#18181b" };

export const paragraph: CSSProperties = { margin: "0 0 16px", fontSize: "15px", lineHeight: "24px", color: "#27272a" };

export const rule: CSSProperties = { margin: "24px 0 16px", border: "none", borderTop: "1px solid #e4e4e7" };

export const footer: CSSProperties = { margin: 0, fontSize: "12px", lineHeight: "18px", color: "#71717a" };

export const button: CSSProperties = {
  display: "inline-block",
  padding: "12px 20px",
  borderRadius: "8px",
  backgroundColor: "#4f46e5",
  color: "#ffffff",
  fontSize: "15px",
  fontWeight: 600,
  textDecoration: "none",
};

export const link: CSSProperties = { color: "#4338ca", wordBreak: "break-all" };
