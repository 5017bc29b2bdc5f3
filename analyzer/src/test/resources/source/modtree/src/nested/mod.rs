mod deeper;
