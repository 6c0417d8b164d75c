package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// viewNames are the tabs of the window, in order (Ctrl+1 … Ctrl+7).
var viewNames = []string{"Side by Side", "Topics", "Wording", "Commitments", "Vocabulary", "Timeline", "Notes"}

// menus keeps the items whose state changes (recent files, export).
type menus struct {
	main      *fyne.MainMenu
	file      *fyne.Menu
	edit      *fyne.Menu
	passage   *fyne.Menu
	view      *fyne.Menu
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
	m.exportPDF = item("Export Report…", shortcut(fyne.KeyE, 0), ws.exportDialog)
	quit := item("Quit", shortcut(fyne.KeyQ, 0), ws.confirmClose)
	quit.IsQuit = true
	m.file = fyne.NewMenu("File",
		item("Open Statements…", shortcut(fyne.KeyO, 0), ws.openStatementsDialog),
		item("Paste as New Statement…", shortcut(fyne.KeyV, fyne.KeyModifierShift), ws.pasteStatementDialog),
		item("Import Article…", shortcut(fyne.KeyI, 0), ws.importArticleDialog),
		item("Open Web Address…", shortcut(fyne.KeyL, 0), ws.openWebAddressDialog),
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
	m.edit = fyne.NewMenu("Edit",
		item("Find…", shortcut(fyne.KeyF, 0), func() { ws.find.show() }),
		item("Find Next", shortcut(fyne.KeyG, 0), func() { ws.find.next() }),
		item("Find Previous", shortcut(fyne.KeyG, fyne.KeyModifierShift), func() { ws.find.previous() }),
		fyne.NewMenuItemSeparator(),
		item("Statement Details…", shortcut(fyne.KeyM, fyne.KeyModifierShift), func() { ws.editMetadataDialog(ws.sidebar.selected) }),
		item("Fetch Again from the Web", shortcut(fyne.KeyR, fyne.KeyModifierShift), func() { ws.fetchAgain(ws.sidebar.selected) }),
		item("Use as Baseline", shortcut(fyne.KeyB, fyne.KeyModifierShift), func() { ws.setBaseline(ws.sidebar.selected) }),
		item("Include or Exclude Statement", shortcut(fyne.KeyX, fyne.KeyModifierShift), ws.sidebar.toggleSelected),
		item("Move Statement Up", shortcut(fyne.KeyUp, fyne.KeyModifierShift), func() { ws.sidebar.move(-1) }),
		item("Move Statement Down", shortcut(fyne.KeyDown, fyne.KeyModifierShift), func() { ws.sidebar.move(1) }),
		item("Remove Statement…", shortcut(fyne.KeyDelete, 0), ws.sidebar.removeSelected),
		fyne.NewMenuItemSeparator(),
		item("Preferences…", shortcut(fyne.KeyComma, 0), ws.preferencesDialog),
	)
	m.passage = fyne.NewMenu("Passage", ws.passageItems(func() string { return ws.selected })...)
	m.view = fyne.NewMenu("View")
	digits := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7}
	for i, name := range viewNames {
		m.view.Items = append(m.view.Items, item(name, shortcut(digits[i], 0), func() { ws.tabs.SelectIndex(i) }))
	}
	m.view.Items = append(append(m.view.Items, fyne.NewMenuItemSeparator()), ws.passageKeys()...)
	m.view.Items = append(m.view.Items, fyne.NewMenuItemSeparator(),
		item("Show or Hide Sidebar", shortcut(fyne.KeyB, 0), func() { ws.room.toggleSidebar() }),
		item("Expand or Shrink Details", shortcut(fyne.KeyD, 0), func() { ws.room.toggleDetails() }),
		fyne.NewMenuItemSeparator(),
		item("Next Change", &desktop.CustomShortcut{KeyName: fyne.KeyF7}, ws.nextChange),
		item("Previous Change", &desktop.CustomShortcut{KeyName: fyne.KeyF7, Modifier: fyne.KeyModifierShift}, ws.previousChange),
		fyne.NewMenuItem("Wording: Inline Redline", func() { ws.wordingLayout(inlineLayout) }),
		fyne.NewMenuItem("Wording: Side by Side", func() { ws.wordingLayout(sideBySideLayout) }),
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Parley", ws.showAbout))
	m.main = fyne.NewMainMenu(m.file, m.edit, m.passage, m.view, help)
	ws.menu = m
	ws.updateRecentMenu()
	return m
}

// addShortcuts makes the menu shortcuts work in the window too: Fyne's
// in-window menu bar only shows them.
//
// F7 alone is a key, not a shortcut, for Fyne: it arrives through the
// canvas's typed-key handler. Alt+Down and Alt+Up step through changes too,
// as in Meld.
func (ws *Workspace) addShortcuts() {
	c := ws.window.Canvas()
	for _, menu := range []*fyne.Menu{ws.menu.file, ws.menu.edit, ws.menu.passage, ws.menu.view} {
		for _, it := range menu.Items {
			sc, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok || it.Action == nil || it.IsQuit || sc.Modifier == 0 {
				continue
			}
			action := it.Action
			c.AddShortcut(sc, func(fyne.Shortcut) { action() })
		}
	}
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { ws.nextChange() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { ws.previousChange() })
	ws.addTracePing(c)
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF7 {
			ws.nextChange()
		}
	})
}

// nextChange and previousChange step through the wording differences,
// showing the Wording view.
func (ws *Workspace) nextChange() {
	ws.tabs.SelectIndex(wordingTab)
	ws.wording.next()
}

func (ws *Workspace) previousChange() {
	ws.tabs.SelectIndex(wordingTab)
	ws.wording.previous()
}

// The views' tabs, by index (viewNames).
const (
	topicsTab      = 1
	wordingTab     = 2
	commitmentsTab = 3
	vocabularyTab  = 4
	timelineTab    = 5
	notesTab       = 6
)

// wordingLayout shows the Wording view in the given layout.
func (ws *Workspace) wordingLayout(layout string) {
	ws.tabs.SelectIndex(wordingTab)
	ws.wording.layout.SetSelected(layout)
}

func (ws *Workspace) makeToolbar() *widget.Toolbar {
	export := widget.NewToolbarAction(theme.DocumentPrintIcon(), ws.exportDialog)
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
