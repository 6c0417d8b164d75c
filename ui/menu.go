package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// menus keeps the items whose state changes (recent files, export).
type menus struct {
	main      *fyne.MainMenu
	file      *fyne.Menu
	recent    *fyne.MenuItem
	exportPDF *fyne.MenuItem
}

// shortcut is Ctrl (Cmd on macOS) plus key, with extra modifiers.
func shortcut(key fyne.KeyName, extra fyne.KeyModifier) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

func (ws *Workspace) makeMenus() *menus {
	m := &menus{}
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	m.recent = fyne.NewMenuItem("Open Recent", nil)
	m.recent.ChildMenu = fyne.NewMenu("")
	m.exportPDF = item("Export PDF…", shortcut(fyne.KeyE, 0), nil)
	m.exportPDF.Disabled = true // the PDF report is not built yet
	quit := item("Quit", shortcut(fyne.KeyQ, 0), ws.confirmClose)
	quit.IsQuit = true
	m.file = fyne.NewMenu("File",
		item("Open Statements…", shortcut(fyne.KeyO, 0), ws.openStatementsDialog),
		item("Paste as New Statement…", shortcut(fyne.KeyV, fyne.KeyModifierShift), ws.pasteStatementDialog),
		fyne.NewMenuItemSeparator(),
		item("Open Project…", shortcut(fyne.KeyO, fyne.KeyModifierShift), ws.openProjectDialog),
		m.recent,
		item("Save Project", shortcut(fyne.KeyS, 0), ws.save),
		item("Save Project As…", shortcut(fyne.KeyS, fyne.KeyModifierShift), ws.saveAsDialog),
		fyne.NewMenuItemSeparator(),
		item("New Comparison", shortcut(fyne.KeyN, 0), ws.newComparison),
		item("Open Demo Comparison", nil, ws.openDemo),
		fyne.NewMenuItemSeparator(),
		m.exportPDF,
		fyne.NewMenuItemSeparator(),
		quit,
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Parley", ws.showAbout))
	m.main = fyne.NewMainMenu(m.file, help)
	ws.menu = m
	ws.updateRecentMenu()
	return m
}

// addShortcuts makes the menu shortcuts work in the window too: Fyne's
// in-window menu bar only shows them.
func (ws *Workspace) addShortcuts() {
	c := ws.window.Canvas()
	for _, it := range ws.menu.file.Items {
		if it.Shortcut == nil || it.Action == nil || it.IsQuit {
			continue
		}
		action := it.Action
		c.AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
	}
}

func (ws *Workspace) makeToolbar() *widget.Toolbar {
	export := widget.NewToolbarAction(theme.DocumentPrintIcon(), func() {})
	export.Disable() // the PDF report is not built yet
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), ws.openStatementsDialog),
		widget.NewToolbarAction(theme.ContentPasteIcon(), ws.pasteStatementDialog),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), ws.save),
		widget.NewToolbarSeparator(),
		export,
	)
}

func (ws *Workspace) showAbout() {
	meta := ws.app.Metadata()
	dialog.ShowInformation("About Parley",
		"Parley "+meta.Version+"\n\nCompare official statements: align them by topic,\nsee where the wording shifts and who commits to what.",
		ws.window)
}
