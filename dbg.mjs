import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage();
p.on("pageerror", (e) => console.log("pageerror:", e.message.slice(0, 300)));
p.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
p.on("response", (r) => {
  if (r.request().method() === "POST") console.log("POST", r.url(), r.status());
});
await p.goto("http://localhost:3400/sign-in");
await p.fill("#email", "admin@custodian.test");
await p.fill("#password", "custodian-demo");
await p.click("button[type=submit]");
await p.waitForURL("http://localhost:3400/");
await p
  .getByRole("link", { name: /Acme Defense/ })
  .first()
  .click();
await p.getByRole("link", { name: "Console users" }).click();
await p.waitForTimeout(1000);
const row = p.getByRole("form", { name: "helpdesk@custodian.test" });
console.log("rows", await row.count());
p.once("dialog", (d) => void d.accept());
await row.getByRole("button", { name: "End sessions" }).click();
await p.waitForTimeout(2500);
await p.screenshot({ path: "/tmp/cu2.png", fullPage: true });
await b.close();
