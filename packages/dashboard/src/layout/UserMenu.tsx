import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useNavigate, useTranslate, useUserMenu } from 'react-admin';

const AccountMenuItem = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate('/account');
      }}
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('guildhall.account.title')}</ListItemText>
    </MenuItem>
  );
};

/** The signed-in user's name, with their account page and signing out. */
export const UserMenu = () => (
  <RaUserMenu>
    <AccountMenuItem />
    <Logout />
  </RaUserMenu>
);
